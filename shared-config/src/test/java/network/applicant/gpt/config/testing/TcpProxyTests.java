package network.applicant.gpt.config.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The proxy in front of a small echo server on a loopback port.
 */
class TcpProxyTests {

	private ServerSocket echo;

	private TcpProxy proxy;

	@BeforeEach
	void startEchoServerAndProxy() throws IOException {
		this.echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofPlatform().daemon().start(() -> {
			while (!this.echo.isClosed()) {
				try {
					Socket socket = this.echo.accept();
					Thread.ofVirtual().start(() -> {
						try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
							in.transferTo(out);
						}
						catch (IOException ex) {
							// the client went away
						}
					});
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		this.proxy = TcpProxy.start("127.0.0.1", this.echo.getLocalPort());
	}

	@AfterEach
	void stop() throws IOException {
		this.proxy.close();
		this.echo.close();
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.proxy.port());
		socket.setSoTimeout(5000);
		return socket;
	}

	private static String roundTrip(Socket socket, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		socket.getOutputStream().write(bytes);
		socket.getOutputStream().flush();
		return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
	}

	@Test
	void forwardsBytesBothWays() throws IOException {
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "hello")).isEqualTo("hello");
			assertThat(roundTrip(socket, "x".repeat(100_000))).hasSize(100_000);
		}
	}

	@Test
	void cutWhenConnectedThenConnectionEndsAndNewConnectionsAreRefused() throws IOException {
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "before")).isEqualTo("before");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.proxy.openConnections() == 1);

			this.proxy.cut();

			assertThat(this.proxy.isCut()).isTrue();
			assertThat(this.proxy.openConnections()).isZero();
			assertThat(readAfterCut(socket)).as("the forwarded connection ended").isTrue();
		}
		assertThatExceptionOfType(ConnectException.class).isThrownBy(this::connect);
	}

	@Test
	void restoreAfterCutThenSamePortForwardsAgain() throws IOException {
		int port = this.proxy.port();
		this.proxy.cut();

		this.proxy.restore();

		assertThat(this.proxy.isCut()).isFalse();
		assertThat(this.proxy.port()).isEqualTo(port);
		try (Socket socket = connect()) {
			assertThat(roundTrip(socket, "after")).isEqualTo("after");
		}
	}

	@Test
	void restoreWhenClosedThenRefused() {
		this.proxy.close();

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this.proxy::restore);
	}

	/* After a cut, a read sees the end of the stream or a reset, never the echo. */
	private static boolean readAfterCut(Socket socket) {
		try {
			socket.getOutputStream().write(1);
			return socket.getInputStream().read() == -1;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
