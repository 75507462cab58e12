(conv, search) => {
  if (!conv) { return [conv, search]; }
  const yes = window.confirm("Delete this conversation and its answers?");
  return [yes ? conv : "keep:" + conv, search];
}
