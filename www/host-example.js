// The script of host-example.html: a host page talking to an embedded
// worthit. See docs/embedding.md for the message schema.
//
// `host-example.html?worthit=<address>` embeds worthit from that address
// (the end-to-end tests serve it from another origin); by default it is
// the worthit next to this file, told that this page's origin is its host.
'use strict';

(function () {
  const frame = document.getElementById('worthit');
  const urlInput = document.getElementById('frame-url');
  const log = document.getElementById('log');
  const scenarioBox = document.getElementById('scenario');
  const fit = document.getElementById('fit');

  // Every message received, in order, for tests and for the console.
  window.worthitMessages = [];

  function defaultAddress() {
    const url = new URL('./', location.href);
    url.searchParams.set('embed', '1');
    // A page opened from a file has the origin "null", which worthit never
    // trusts; it can still show results, just not take requests.
    if (location.origin !== 'null') url.searchParams.set('host', location.origin);
    return url.href;
  }

  function load(address) {
    urlInput.value = address;
    frame.src = address;
  }

  const asked = new URLSearchParams(location.search).get('worthit');
  load(asked || defaultAddress());

  document.getElementById('frame-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load(urlInput.value);
  });

  // A sandboxed frame's messages come from the origin "null", so they are
  // recognised by their source window: this frame's, and no other.
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith('worthit:')) return;
    window.worthitMessages.push(data);
    if (data.type === 'worthit:resize' && fit.checked && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + 'px';
    }
    const item = document.createElement('li');
    item.textContent = describe(data);
    log.prepend(item);
  });

  function describe(data) {
    switch (data.type) {
      case 'worthit:ready':
        return `ready (protocol ${data.protocol})`;
      case 'worthit:result': {
        const a = data.results.adoption;
        const score = data.statement && data.statement.result.score.scaled;
        return (
          `result: “${data.results.title}”: ${(a.share * 100).toFixed(1)}% adopt ` +
          `(${a.adopters} of ${data.results.users}); xAPI score ${score}`
        );
      }
      case 'worthit:error':
        return `error: ${data.message}`;
      case 'worthit:resize':
        return `resize: ${data.height} px`;
      default:
        return JSON.stringify(data);
    }
  }

  // The frame's origin is opaque ("null"), which cannot be named as a
  // target, so requests go to "*": they reach whatever document is in this
  // page's own frame, and carry nothing but the scenario.
  function send(message) {
    frame.contentWindow.postMessage(message, '*');
  }

  document.getElementById('send-run').addEventListener('click', () => {
    send({ type: 'worthit:run' });
  });

  document.getElementById('send-load').addEventListener('click', () => {
    let scenario;
    try {
      scenario = JSON.parse(scenarioBox.value);
    } catch (error) {
      // Sent as text: worthit explains what is wrong in a worthit:error.
      scenario = scenarioBox.value;
    }
    send({ type: 'worthit:load', scenario });
  });

  scenarioBox.value = JSON.stringify(
    {
      schema: 1,
      title: 'Note-taking app, sent by the host page',
      seed: 3,
      users: 20000,
      product: {
        name: 'Our notes app',
        value: { dist: 'normal', mean: 3.0, sd: 1.2 },
        costs: {
          money: { dist: 'fixed', value: 0.5 },
          learning: { dist: 'lognormal', mean: 1.0, sd: 0.4 },
          trust: { dist: 'lognormal', mean: 0.6, sd: 0.3 },
        },
      },
      decision: { rule: 'threshold' },
    },
    null,
    2,
  );
})();
