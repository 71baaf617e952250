// jsdom lacks TextEncoder/TextDecoder, which react-router uses at import time; Node has them.
const util = require('node:util');

Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });

// The app runs on a data router (pages with unsaved changes hold navigations), which describes every navigation as a
// fetch Request; jsdom has no fetch API. Navigations without loaders need only what the router reads of it.
if (typeof globalThis.Headers === 'undefined') {
  globalThis.Headers = class Headers {
    constructor(init = {}) {
      this.map = new Map(Object.entries(init).map(([k, v]) => [k.toLowerCase(), String(v)]));
    }
    get(name) {
      return this.map.get(String(name).toLowerCase()) ?? null;
    }
    has(name) {
      return this.map.has(String(name).toLowerCase());
    }
    set(name, value) {
      this.map.set(String(name).toLowerCase(), String(value));
    }
  };
}
if (typeof globalThis.Request === 'undefined') {
  globalThis.Request = class Request {
    constructor(input, init = {}) {
      this.url = typeof input === 'string' ? input : String(input.url ?? input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal ?? new AbortController().signal;
      this.headers = new globalThis.Headers(init.headers);
      this.body = init.body ?? null;
    }
  };
}
