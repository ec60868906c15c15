// reCAPTCHA v3 on the report form, only where the deployment turned it on (Tips:AntiBot:Recaptcha:Enabled).
//
// The form then holds <input type="hidden" name="g-recaptcha-response" data-recaptcha-site-key="…"
// data-recaptcha-action="…"> and the page loads reCAPTCHA's api.js from the configured origin. On submit this
// script asks grecaptcha.execute for a token (tokens live two minutes, so it asks at submit time, not at load),
// puts it into that field and submits again. If reCAPTCHA did not load or does not answer in time, the form
// goes without a token: the proof of work (pow.js) or, without it, the stricter limit for unverified tips
// applies. It never keeps a tip from being sent.
//
// pow.js may hold the same submit while it works; whichever script holds it submits again when done, and each
// lets through a submit it has nothing left to do for.
//
// A file of its own because the CSP allows no inline script.
(() => {
  'use strict';

  const FIELD = 'input[data-recaptcha-site-key]';
  // Longer than this and the reporter would think the button is broken.
  const WAIT_MS = 8000;
  // A token is good for two minutes; use it only well within that.
  const FRESH_MS = 90000;

  // form -> time the token (or the decision to go without one) was put in the field.
  const filled = new WeakMap();
  const asking = new WeakSet();

  const askForToken = (siteKey, action) => new Promise((resolve, reject) => {
    const api = window.grecaptcha;
    if (!api || typeof api.ready !== 'function' || typeof api.execute !== 'function') {
      reject(new Error('reCAPTCHA is not loaded'));
      return;
    }
    const timer = setTimeout(() => reject(new Error('reCAPTCHA did not answer in time')), WAIT_MS);
    api.ready(() => {
      Promise.resolve(api.execute(siteKey, { action: action })).then(
        (token) => { clearTimeout(timer); resolve(token); },
        (error) => { clearTimeout(timer); reject(error); });
    });
  });

  // In a task of its own: while the first submit event is still being dispatched (a rejection settles in a
  // microtask during it) the browser ignores requestSubmit.
  const submitAgain = (form, submitter) => setTimeout(() => {
    if (typeof form.requestSubmit === 'function') {
      if (submitter) {
        form.requestSubmit(submitter);
      } else {
        form.requestSubmit();
      }
    } else {
      HTMLFormElement.prototype.submit.call(form);
    }
  }, 0);

  const onSubmit = (field) => (event) => {
    const form = event.currentTarget;
    if (Date.now() - (filled.get(form) || 0) < FRESH_MS) {
      return;
    }
    if (event.defaultPrevented) {
      return; // another script holds this submit and will send the form again
    }

    event.preventDefault();
    if (asking.has(form)) {
      return; // a second click while asking: one submission is enough
    }
    asking.add(form);
    const submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
    const done = (token) => {
      field.value = typeof token === 'string' ? token : '';
      filled.set(form, Date.now());
      asking.delete(form);
      submitAgain(form, submitter);
    };
    askForToken(field.getAttribute('data-recaptcha-site-key'), field.getAttribute('data-recaptcha-action'))
      .then(done, () => done(''));
  };

  const init = () => {
    document.querySelectorAll(FIELD).forEach((field) => {
      if (field.form) {
        field.form.addEventListener('submit', onSubmit(field));
      }
    });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
