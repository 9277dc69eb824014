// Fake sandbox (parent-side protocol tests): answers every request twice.
process.on("message", ({ id }) => {
  process.send({ type: "result", id, ok: true, value: 1 });
  process.send({ type: "result", id, ok: true, value: 1 });
});
process.send({ type: "ready" });
