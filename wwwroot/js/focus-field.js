// Moves the focus to a field named by a problem ("第 3 块（图片）缺少替代文字" → the alt text box). Loaded as a module by
// the content editor page. Returns false while the field is not on the page yet (another tab is being switched away).
export function focusField(id) {
  const target = document.getElementById(id);
  if (target === null) {
    return false;
  }

  const focusable = target.matches('input, textarea, select, button, [contenteditable="true"]')
    ? target
    : target.querySelector('input:not([type=hidden]), textarea:not(.rte-source), select, [contenteditable="true"], button');
  const element = focusable ?? target;
  element.scrollIntoView({ block: 'center' });
  element.focus();
  return true;
}
