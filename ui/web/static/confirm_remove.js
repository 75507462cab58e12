(doc) => {
  if (!doc) { return null; }
  return window.confirm("Remove " + doc + " from the library? Its passages leave the index.") ? doc : null;
}
