// jsdom lacks TextEncoder/TextDecoder, which react-router uses at import time; Node has them.
const util = require('node:util');

Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
