package network.applicant.gpt.config.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a loopback port that a test can cut and restore, to play a network
 * outage of a real server (RabbitMQ, say) without stopping the server that other tests use.
 *
 * <p>{@link #cut()} closes every forwarded connection at once (both sides see the
 * connection end, as after a crash or a broken network) and closes the listening socket,
 * so new connections are refused. {@link #restore()} listens again on the same port.
 * It is not a fault injector for partial failures: bytes are forwarded unchanged until the
 * cut. Thread-safe.
 *
 * <pre>{@code
 * try (TcpProxy rabbit = TcpProxy.start("127.0.0.1", 5672)) {
 *     registry.add("spring.rabbitmq.port", rabbit::port);
 *     rabbit.cut();      // RabbitMQ is "down" for the application
 *     rabbit.restore();  // and back
 * }
 * }</pre>
 */
public final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	private volatile boolean closed;

	private Thread acceptor;

	private TcpProxy(InetSocketAddress target, ServerSocket listener) {
		this.target = target;
		this.listener = listener;
		this.port = listener.getLocalPort();
		accept(listener);
	}

	/**
	 * Starts forwarding from a free loopback port to the target.
	 * @param host the target host
	 * @param port the target port
	 * @return the running proxy
	 */
	public static TcpProxy start(String host, int port) {
		return new TcpProxy(new InetSocketAddress(host, port), listen(0));
	}

	/** @return the loopback port the proxy listens on (the same after a restore) */
	public int port() {
		return this.port;
	}

	/** @return whether the proxy is cut */
	public boolean isCut() {
		return this.listener == null;
	}

	/** @return the number of connections forwarded right now */
	public int openConnections() {
		return this.sockets.size() / 2;
	}

	/** Closes every forwarded connection and refuses new ones until {@link #restore()}. */
	public void cut() {
		Thread accepting;
		synchronized (this) {
			ServerSocket current = this.listener;
			this.listener = null;
			closeQuietly(current);
			for (Socket socket : this.sockets) {
				closeQuietly(socket);
			}
			this.sockets.clear();
			accepting = this.acceptor;
			this.acceptor = null;
		}
		/*
		 * The JDK releases a listening socket only once the thread blocked in accept() has
		 * left it; until then the port still listens and a restore() could not bind it.
		 */
		if (accepting != null) {
			try {
				accepting.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Listens again on the same port; does nothing if the proxy is not cut. */
	public synchronized void restore() {
		if (this.closed) {
			throw new IllegalStateException("the proxy is closed");
		}
		if (this.listener == null) {
			ServerSocket socket = listen(this.port);
			this.listener = socket;
			accept(socket);
		}
	}

	/** Cuts the proxy for good. */
	@Override
	public void close() {
		this.closed = true;
		cut();
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on loopback port " + port, ex);
		}
	}

	private void accept(ServerSocket socket) {
		this.acceptor = Thread.ofPlatform().daemon().name("tcp-proxy-" + this.port).start(() -> {
			while (!socket.isClosed()) {
				Socket client;
				try {
					client = socket.accept();
				}
				catch (IOException ex) {
					return; // closed by cut()
				}
				forward(client);
			}
		});
	}

	private void forward(Socket client) {
		Socket server = new Socket();
		try {
			server.connect(this.target, 5000);
			client.setTcpNoDelay(true);
			server.setTcpNoDelay(true);
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(server);
			return;
		}
		this.sockets.add(client);
		this.sockets.add(server);
		synchronized (this) {
			// a cut between accept() and here must not leave this pair open
			if (this.listener == null) {
				closePair(client, server);
				return;
			}
		}
		Thread.ofVirtual().start(() -> pump(client, server));
		Thread.ofVirtual().start(() -> pump(server, client));
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (SocketException ex) {
			// closed by cut() or by the other side
		}
		catch (IOException ex) {
			// the connection broke; close both sides below
		}
		finally {
			closePair(from, to);
		}
	}

	private void closePair(Socket one, Socket other) {
		closeQuietly(one);
		closeQuietly(other);
		this.sockets.remove(one);
		this.sockets.remove(other);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing is best effort
		}
	}

}
