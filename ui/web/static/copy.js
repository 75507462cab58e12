(text) => {
  const value = text || "";
  if (!value) { return []; }
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = value; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(value).catch(fallback);
  } else { fallback(); }
  const button = document.querySelector("#rq-copy");
  if (button) { const label = button.textContent; button.textContent = "Copied ✓";
    setTimeout(() => { button.textContent = label; }, 1500); }
  return [];
}
