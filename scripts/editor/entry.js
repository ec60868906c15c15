// What the staff pages' rich-text editor (wwwroot/js/rich-text-editor.js) takes from Tiptap, bundled into one
// self-hosted ES module: no CDN, so the staff CSP stays 'self'.
export { Editor } from '@tiptap/core';
export { default as StarterKit } from '@tiptap/starter-kit';
export { Heading } from '@tiptap/extension-heading';
export { Link } from '@tiptap/extension-link';
export { OrderedList } from '@tiptap/extension-list';
export { Table, TableRow, TableHeader, TableCell } from '@tiptap/extension-table';
