// Preload for the Playground: it listens on every interface and has no host option, so force
// 127.0.0.1 on any listen() call that names no host.
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function patched(...args) {
  if (args.length > 0 && typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    if (!args[0].host && !args[0].path) args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
