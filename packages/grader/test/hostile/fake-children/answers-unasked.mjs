// Fake sandbox (parent-side protocol tests): answers a request that was never given (the next id).
process.on("message", ({ id }) => {
  process.send({ type: "result", id: id + 1, ok: true, value: 1 });
});
process.send({ type: "ready" });
