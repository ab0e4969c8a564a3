// Starts Learning Locker's xAPI statement service (npm: xapi-statements) for the tests: statements
// in memory, on the loopback address only. Learning Locker's statement service asks its main app who
// a Basic-auth key belongs to (AUTH_REPO=fetch); this script plays that part with one client whose
// key and secret come from LRS_KEY and LRS_SECRET, so a wrong key gets the service's own 401.
// Usage: LRS_PORT=N LRS_KEY=k LRS_SECRET=s node run-lrs.js   (prints "ready <port>" when listening)
'use strict';
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const port = Number(process.env.LRS_PORT || 8089);
const expected = 'Basic ' + Buffer.from(`${process.env.LRS_KEY || 'key'}:${process.env.LRS_SECRET || 'secret'}`).toString('base64');
const client = {
  _id: '58fe13e34effd3c26a7fc4b7',
  title: 'Coachdans test client',
  authority: { objectType: 'Agent', mbox: 'mailto:lrs-test@coachdans.nl' },
  isTrusted: true,
  lrs_id: '58fe13e34effd3c26a7fc4b7',
  organisation: '58fe13e34effd3c26a7fc4b6',
  scopes: ['all'],
};

// Everything listens on 127.0.0.1, whatever the service itself asks for.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};

const auth = http.createServer((req, res) => {
  const ok = req.headers.authorization === expected;
  res.writeHead(ok ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end(ok ? JSON.stringify(client) : '{}');
});
auth.listen(0, '127.0.0.1', () => {
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'coachdans-lrs-'));
  Object.assign(process.env, {
    EXPRESS_PORT: String(port),
    EXPRESS_MORGAN_DIRECTORY: logs,
    FS_LOCAL_STORAGE_DIR: logs,
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'memory',
    EVENTS_REPO: 'test',
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${auth.address().port}/auth`,
    SERVICE_AWAIT_UPDATES: 'true',
    WINSTON_CONSOLE_LEVEL: 'warn',
  });
  require('xapi-statements/dist/server');
  const probe = () => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); console.log(`ready ${port}`); });
    s.on('error', () => setTimeout(probe, 50));
  };
  probe();
});
