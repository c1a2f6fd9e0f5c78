'use strict';
// Waiting for a child process's IPC message, shared by the benchmarks and the fault test.

/** Resolves with the child's next message of `type`; rejects on an `error` message or when it exits. */
function nextMessage(child, type) {
  return new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`child exited with ${code} while waiting for ${type}`));
    const onMessage = (message) => {
      if (message.type === 'error') reject(new Error(message.message));
      if (message.type === type) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      }
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

module.exports = { nextMessage };
