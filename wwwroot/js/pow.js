// Proof of work for public forms (ALTCHA v1, see docs/reporting.md: the proof of work).
//
// A form opts in with <form data-altcha-challenge='{"algorithm":"SHA-256","challenge":...}'>.
// This script finds the secret number n in 0..maxnumber for which hex(SHA-256(salt + n)) equals the
// challenge, and puts base64(JSON{algorithm, challenge, number, salt, signature}) into the form's hidden
// input named "altcha" (created if the form has none). The form carries data-altcha-state: "working",
// then "done" (or "failed" / "unavailable"); a submit while working waits for the work, then submits.
// An element [data-altcha-status] in the form (a polite live region) shows the texts it carries in
// data-working, data-done and data-failed, so the script needs no texts of its own.
//
// The hashing runs in a Web Worker started from this same file (no second download; the CSP allows
// worker-src 'self'). Where there is no worker, it runs on the page in slices of a few milliseconds with a
// rest after each, so typing and scrolling never wait long. The work starts once the page has loaded, so it
// never competes with the first render.
//
// Loaded as a file because the CSP is script-src 'self'. Without JavaScript nothing happens and the server
// accepts the tip unverified, under a stricter rate limit.
(() => {
  'use strict';

  // On the page (no worker): hash for SLICE_MS, checking the clock every CHUNK numbers, then rest for REST_MS.
  // A rest, not scheduler.yield(): a thread that never sleeps is preempted by a busy system in the middle of a
  // slice, and that slice then blocks input for as long as the preemption lasts.
  const CHUNK = 128;
  const SLICE_MS = 2;
  const REST_MS = 4;

  const isChallenge = (c) =>
    c !== null && typeof c === 'object' &&
    c.algorithm === 'SHA-256' &&
    typeof c.challenge === 'string' && /^[0-9a-f]{64}$/.test(c.challenge) &&
    Number.isInteger(c.maxnumber) && c.maxnumber >= 0 &&
    typeof c.salt === 'string' && typeof c.signature === 'string';

  const canHash = () => typeof TextEncoder === 'function';

  // SHA-256 in plain JavaScript rather than crypto.subtle: a digest costs about a microsecond and allocates nothing,
  // where crypto.subtle costs a promise and two buffers each and its slices on the page still stalled now and then
  // (measured: 50-110 ms tasks where plain arithmetic in the same slices had none). It also works without HTTPS.
  const K = Uint32Array.of(
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2);
  const H0 = Uint32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);

  const compress = (h, w, view, offset) => {
    for (let i = 0; i < 16; i++) {
      w[i] = view.getUint32(offset + i * 4);
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
  };

  // SHA-256 of salt + n as eight 32-bit words, for one number after another without allocating.
  const hasherFor = (salt) => {
    const prefix = new TextEncoder().encode(salt);
    const buffer = new Uint8Array(Math.ceil((prefix.length + 16 + 9) / 64) * 64);
    buffer.set(prefix);
    const view = new DataView(buffer.buffer);
    const w = new Uint32Array(64);
    const h = new Uint32Array(8);
    return (n) => {
      const digits = String(n);
      let length = prefix.length;
      for (let i = 0; i < digits.length; i++) {
        buffer[length++] = digits.charCodeAt(i);
      }
      const end = Math.ceil((length + 9) / 64) * 64;
      buffer.fill(0, length, end);
      buffer[length] = 0x80;
      view.setUint32(end - 4, length * 8);
      h.set(H0);
      for (let offset = 0; offset < end; offset += 64) {
        compress(h, w, view, offset);
      }
      return h;
    };
  };

  const wordsOf = (hex) => {
    const words = new Uint32Array(8);
    for (let i = 0; i < 8; i++) {
      words[i] = parseInt(hex.substr(i * 8, 8), 16);
    }
    return words;
  };

  // The number in from..to whose hash is the target, or -1.
  const search = (hash, target, from, to) => {
    for (let n = from; n <= to; n++) {
      const h = hash(n);
      if (h[0] === target[0] && h[1] === target[1] && h[2] === target[2] && h[3] === target[3] &&
          h[4] === target[4] && h[5] === target[5] && h[6] === target[6] && h[7] === target[7]) {
        return n;
      }
    }
    return -1;
  };

  // --- In the worker: answer one challenge with { number } (null: none) or { unavailable: true }. ------------
  if (typeof window === 'undefined' && typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
    self.onmessage = (event) => {
      const challenge = event.data;
      if (!isChallenge(challenge) || !canHash()) {
        self.postMessage({ unavailable: true });
        return;
      }
      const found = search(hasherFor(challenge.salt), wordsOf(challenge.challenge), 0, challenge.maxnumber);
      self.postMessage({ number: found >= 0 ? found : null });
    };
    return;
  }

  // --- On the page. ---------------------------------------------------------------------------------------
  const FIELD = 'altcha';
  const ATTRIBUTE = 'data-altcha-challenge';
  const STATE = 'data-altcha-state';
  const STATUS = '[data-altcha-status]';
  // The worker is this very file; read while it runs, document.currentScript is gone later.
  const SCRIPT_URL = document.currentScript && document.currentScript.src ? document.currentScript.src : null;

  // form -> { json, promise, payload, stop }: the work for the challenge the form carries now.
  const work = new WeakMap();
  // Forms whose submission is held until the work is done.
  const waiting = new WeakSet();

  const pause = () => new Promise((resolve) => setTimeout(resolve, REST_MS));

  const fieldOf = (form) => {
    let field = form.querySelector('input[name="' + FIELD + '"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = FIELD;
      form.appendChild(field);
    }
    return field;
  };

  // Shows (and so announces) the status element's text for "working", "done" or "failed"; clears it otherwise.
  const say = (form, state) => {
    const status = form.querySelector(STATUS);
    if (status) {
      status.textContent = status.getAttribute('data-' + state) || '';
    }
  };

  // Rejects when no worker can do the work, so the page does it instead.
  const solveInWorker = (challenge, entry) => new Promise((resolve, reject) => {
    if (typeof Worker !== 'function' || !SCRIPT_URL) {
      reject(new Error('no worker'));
      return;
    }
    let worker;
    try {
      worker = new Worker(SCRIPT_URL);
    } catch (e) {
      reject(e);
      return;
    }
    entry.stop = () => {
      worker.terminate();
      resolve(null);
    };
    worker.onmessage = (event) => {
      worker.terminate();
      const answer = event.data || {};
      if (answer.unavailable) {
        reject(new Error('the worker cannot hash'));
      } else {
        resolve(Number.isInteger(answer.number) ? answer.number : null);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('the worker failed'));
    };
    worker.postMessage(challenge);
  });

  // The same search in slices between rests; null when there is no solution or a newer challenge replaced this one.
  const solveOnPage = async (form, challenge, entry) => {
    const hash = hasherFor(challenge.salt);
    const target = wordsOf(challenge.challenge);
    let next = 0;
    while (next <= challenge.maxnumber) {
      const sliceEnd = performance.now() + SLICE_MS;
      do {
        const last = Math.min(next + CHUNK - 1, challenge.maxnumber);
        const found = search(hash, target, next, last);
        if (found >= 0) {
          return found;
        }
        next = last + 1;
      } while (next <= challenge.maxnumber && performance.now() < sliceEnd);
      await pause();
      if (work.get(form) !== entry) {
        return null;
      }
    }
    return null;
  };

  const solveInto = async (form, entry) => {
    let challenge = null;
    try {
      challenge = JSON.parse(entry.json);
    } catch (e) {
      challenge = null;
    }
    if (!isChallenge(challenge) || !canHash()) {
      form.setAttribute(STATE, 'unavailable');
      say(form, 'unavailable');
      return;
    }

    fieldOf(form).value = '';
    form.setAttribute(STATE, 'working');
    say(form, 'working');
    let number = null;
    try {
      number = await solveInWorker(challenge, entry);
    } catch (e) {
      try {
        number = await solveOnPage(form, challenge, entry);
      } catch (e2) {
        number = null;
      }
    }
    if (work.get(form) !== entry) {
      return; // a newer challenge replaced this one while it was being solved
    }
    if (number === null) {
      form.setAttribute(STATE, 'failed');
      say(form, 'failed');
      return;
    }
    entry.payload = btoa(JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: number,
      salt: challenge.salt,
      signature: challenge.signature,
    }));
    fieldOf(form).value = entry.payload;
    form.setAttribute(STATE, 'done');
    say(form, 'done');
  };

  // Waits for the form's current work, including work for a challenge that arrives meanwhile.
  const settled = async (form) => {
    let entry;
    do {
      entry = work.get(form);
      await entry.promise;
    } while (work.get(form) !== entry);
  };

  const onSubmit = (event) => {
    const form = event.currentTarget;
    const entry = work.get(form);
    if (form.getAttribute(STATE) !== 'working') {
      if (entry && entry.payload) {
        fieldOf(form).value = entry.payload; // the page may have re-rendered the hidden input
      }
      return;
    }

    event.preventDefault();
    if (waiting.has(form)) {
      return; // a second click while waiting: one submission is enough
    }
    waiting.add(form);
    const submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
    settled(form).then(() => {
      waiting.delete(form);
      if (typeof form.requestSubmit === 'function') {
        // Goes through this handler again (now "done") and keeps the clicked button's name and value.
        if (submitter) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      } else {
        HTMLFormElement.prototype.submit.call(form);
      }
    });
  };

  const start = (form) => {
    const json = form.getAttribute(ATTRIBUTE);
    const current = work.get(form);
    if (current && current.json === json) {
      return;
    }
    if (!current) {
      form.addEventListener('submit', onSubmit);
    }
    const entry = { json: json, promise: null, payload: null, stop: null };
    work.set(form, entry);
    if (current && current.stop) {
      current.stop();
    }
    entry.promise = solveInto(form, entry);
  };

  const scan = (root) => {
    if (root.matches && root.matches('form[' + ATTRIBUTE + ']')) {
      start(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll('form[' + ATTRIBUTE + ']').forEach(start);
    }
  };

  const init = () => {
    scan(document);
    // Blazor's enhanced navigation replaces page content without running scripts again: forms and
    // challenges that arrive later are picked up here.
    new MutationObserver((records) => {
      records.forEach((record) => {
        if (record.type === 'attributes') {
          scan(record.target);
        } else {
          record.addedNodes.forEach((node) => {
            if (node.nodeType === Node.ELEMENT_NODE) {
              scan(node);
            }
          });
        }
      });
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [ATTRIBUTE] });
  };

  if (document.readyState === 'complete') {
    init();
  } else {
    window.addEventListener('load', init);
  }
})();
