// Fake sandbox (parent-side protocol tests): the honest protocol, one answer per request.
process.on("message", ({ id }) => {
  process.send({ type: "result", id, ok: true, value: 1 });
});
process.send({ type: "ready" });
