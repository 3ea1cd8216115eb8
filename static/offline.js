// Registers the service worker that keeps the estimator working offline, and tells the person
// when a newer version is ready instead of reloading the page under them. The worker itself
// (sw.js) is written by `cargo xtask dist`, with the list of files of that build.

// The banner's words are the page's, in its language: the build writes them into the page as
// `<template id="update-words" data-ready="…" data-reload="…">`, so this script holds none.
const updateWords = () => document.getElementById('update-words')?.dataset ?? {};

const banner = () => {
  const words = updateWords();
  const box = document.createElement('div');
  box.className = 'update-banner';
  box.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = words.ready ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.reload ?? '';
  box.append(text, button);
  document.body.append(box);
  return button;
};

// Set when the person asks for the update: only then may a change of worker reload the page.
// (The first visit's worker also takes control, and that must not reload anything.)
let updateRequested = false;

const offerUpdate = (waiting) => {
  const button = banner();
  button.addEventListener('click', () => {
    button.disabled = true;
    updateRequested = true;
    // The page reloads once the new worker has taken over (controllerchange below).
    waiting.postMessage('skip-waiting');
  });
};

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updateRequested || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      // A worker already waiting from an earlier visit: offer it now.
      if (registration.waiting && navigator.serviceWorker.controller) {
        offerUpdate(registration.waiting);
      }
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // The first install has no controller to replace: nothing to announce.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) {
            offerUpdate(installing);
          }
        });
      });
    })
    .catch(() => {
      // Without a worker the page still works online; there is nothing to tell the person.
    });
}
