// Fake sandbox (parent-side protocol tests): answers the first call, and at once the second
// one too, before it is asked; then honestly.
process.on("message", ({ id }) => {
  process.send({ type: "result", id, ok: true, value: 1 });
  if (id === 1) process.send({ type: "result", id: 2, ok: true, value: 2 });
});
process.send({ type: "ready" });
