import { connect, type Socket } from 'net';

interface SocketOptions {
  host?: string;
  port?: number;
  connectionTimeout?: number;
}

/**
 * nodemailer's `getSocket` hook: the same TCP connection nodemailer would open, with Nagle's
 * algorithm switched off. SMTP writes a message as a few small pieces and then waits for the
 * server's answer; with Nagle on, the last piece waits for the server's delayed ACK (about 40 ms
 * on Linux), which caps a connection at about 22 messages a second whatever the machines can do.
 * TLS (implicit or STARTTLS) is still negotiated by nodemailer on top of this socket.
 */
export function smtpSocketWithoutDelay(options: SocketOptions, callback: (error: Error | null, socket?: { connection: Socket }) => void): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? 587 });
  socket.setNoDelay(true);
  const timeout = setTimeout(() => socket.destroy(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })), options.connectionTimeout ?? 10_000);
  const onError = (error: Error) => {
    clearTimeout(timeout);
    socket.removeListener('connect', onConnect);
    callback(error);
  };
  // From here on nodemailer owns the socket and its errors.
  const onConnect = () => {
    clearTimeout(timeout);
    socket.removeListener('error', onError);
    socket.setKeepAlive(true);
    callback(null, { connection: socket });
  };
  socket.once('connect', onConnect);
  socket.once('error', onError);
}
