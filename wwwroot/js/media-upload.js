// The media library page's upload with a progress bar (loaded only by /staff/media as a module).
//
// Each chosen file goes to POST /staff/media/upload in a request of its own (docs/content.md, "Upload contract"), so
// each has its own progress: XMLHttpRequest reports upload progress, fetch() does not. The antiforgery token goes in
// the header before any byte of the file, as the endpoint requires. The page (a .NET object) gets:
//   started([{ name, size }]), progress(index, loaded, total), finished(index, status, responseText).
// Files are sent one after the other: on a loaded machine parallel uploads only slow each other down.

const PROGRESS_INTERVAL_MS = 150;

export async function upload(input, fields, antiforgery, page) {
  const files = Array.from(input.files ?? []);
  if (files.length === 0) {
    return 0;
  }

  await page.invokeMethodAsync('Started', files.map((f) => ({ name: f.name, size: f.size })));
  for (let index = 0; index < files.length; index++) {
    await send(files[index], index, fields, antiforgery, page);
  }

  input.value = '';
  return files.length;
}

function send(file, index, fields, antiforgery, page) {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (value) {
        form.append(name, value);
      }
    }

    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    let last = 0;
    request.open('POST', 'staff/media/upload'); // relative to <base href>, so it works under a path base
    request.setRequestHeader(antiforgery.header, antiforgery.token);
    request.upload.onprogress = (event) => {
      const now = Date.now();
      if (event.lengthComputable && (now - last >= PROGRESS_INTERVAL_MS || event.loaded === event.total)) {
        last = now;
        page.invokeMethodAsync('Progress', index, event.loaded, event.total);
      }
    };
    // Every byte is sent: the bar is full while the server checks the file and makes its renditions.
    request.upload.onload = () => page.invokeMethodAsync('Progress', index, file.size, file.size);
    const finish = (status, text) => page.invokeMethodAsync('Finished', index, status, text).finally(resolve);
    request.onload = () => finish(request.status, request.responseText);
    request.onerror = () => finish(0, '');
    request.onabort = () => finish(0, '');
    request.send(form);
  });
}
