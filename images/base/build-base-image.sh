#!/usr/bin/env bash
# Builds the base image of every service image: a distroless-style root filesystem with a
# jlink'd Java runtime, written as a `docker save` tarball that Jib reads with
# `from.image = tar://<path>`. No Docker engine, no registry and no root rights are needed.
#
#   build-base-image.sh --jdk <JDK home> --output <path/to/base-image.tar>
#
# The root filesystem is assembled from files of the build host's installed Debian packages
# (`dpkg -L`), not from downloaded .deb files: `apt-get download` needs fresh package lists and
# a reachable mirror, while the host's packages are always there, and the C library copied from
# the host is one that the host's JDK (the source of the jlink'd runtime) is known to run on.
# The package versions are recorded in the image (/etc/base-image.txt) and in the cache key.
#
# The result is cached by a content hash of its inputs (this script, the JDK's release file,
# the module list and the package versions) under ${XDG_CACHE_HOME:-~/.cache}/applicant-gpt/
# base-image/, and copied to --output only when it changed, so repeated builds cost well under
# a second.
set -euo pipefail

jdk=""
output=""
while [ $# -gt 0 ]; do
	case "$1" in
		--jdk) jdk="$2"; shift 2 ;;
		--output) output="$2"; shift 2 ;;
		*) echo "build-base-image.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done
[ -n "$jdk" ] && [ -n "$output" ] || { echo "usage: build-base-image.sh --jdk <JDK home> --output <tar>" >&2; exit 2; }
[ -x "$jdk/bin/jlink" ] || { echo "build-base-image.sh: $jdk/bin/jlink not found; --jdk must name a full JDK" >&2; exit 1; }
command -v dpkg-query >/dev/null || { echo "build-base-image.sh: needs a Debian-based build host (dpkg-query); skip the images with -Djib.skip=true" >&2; exit 1; }

# Modules for Spring Boot with Tomcat or Netty, JDBC, JMX/management, TLS (EC and PKCS#11
# providers), JFR, DNS and the document libraries of the actions service (java.desktop for
# java.beans and PDFBox's java.awt.geom). jdk.unsupported is for Netty, Caffeine and others.
modules="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs"
# Debian packages whose files go in: the C library (the only native dependency of the JDK,
# which bundles its own zlib) and netbase (/etc/services, /etc/protocols). Not needed:
# ca-certificates and tzdata, because Java uses its own lib/security/cacerts and tzdb.dat.
packages="libc6 netbase"
# Parts of those packages a JVM never uses.
exclude='^/usr/share/(doc|man|lintian|locale|info|bug)/|/gconv/|^/usr/(s?bin|libexec)/|^/s?bin/|^/etc/ld\.so\.conf|^/usr/lib/x86_64-linux-gnu/audit/'

uid=65532
arch="$(dpkg --print-architecture)"
case "$arch" in
	amd64) oci_arch=amd64 ;;
	arm64) oci_arch=arm64 ;;
	*) echo "build-base-image.sh: unsupported architecture $arch" >&2; exit 1 ;;
esac

versions="$(dpkg-query -W -f '${Package}:${Architecture}=${Version}\n' $packages)"
key="$( { sha256sum "$0" | cut -d' ' -f1; cat "$jdk/release"; echo "$modules"; echo "$versions"; } | sha256sum | cut -c1-16)"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/applicant-gpt/base-image"
cached="$cache_dir/base-image-$key.tar"
mkdir -p "$cache_dir" "$(dirname "$output")"

if [ -f "$output" ] && [ "$(cat "$output.key" 2>/dev/null)" = "$key" ]; then
	exit 0
fi

# One build at a time per cache (several modules may ask at once in a parallel build).
exec 9>"$cache_dir/.lock"
command -v flock >/dev/null && flock 9

if [ ! -f "$cached" ]; then
	echo "Building the base image $key (jlink from $jdk, files of: $packages)"
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
	root="$work/rootfs"
	mkdir -p "$root"

	# (a) files of the Debian packages, paths as dpkg knows them (symbolic links kept)
	for package in $packages; do
		dpkg -L "$package" | grep -Ev "$exclude" | while IFS= read -r path; do
			# directories (also the merged-/usr links /lib, /lib64, /bin) are made as needed
			if [ -d "$path" ]; then
				continue
			fi
			if [ -L "$path" ] || [ -f "$path" ]; then
				mkdir -p "$root$(dirname "$path")"
				cp -a "$path" "$root$path"
			fi
		done
	done
	# the dynamic loader must be found at its ABI path
	[ -e "$root/lib64/ld-linux-x86-64.so.2" ] || [ "$arch" != amd64 ] || { echo "no dynamic loader in the image" >&2; exit 1; }

	# (b) the Java runtime, with a class-data-sharing archive of the JDK's own classes
	"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
		--compress=zip-6 --output "$root/opt/java"
	"$root/opt/java/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+map=off >/dev/null

	# (c) users, groups, name service, a writable /tmp and the non-root user's home
	mkdir -p "$root/etc" "$root/tmp" "$root/home/nonroot" "$root/root"
	printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%s:%s:nonroot:/home/nonroot:/sbin/nologin\n' $uid $uid >"$root/etc/passwd"
	printf 'root:x:0:\nnonroot:x:%s:\n' $uid >"$root/etc/group"
	printf 'hosts: files dns\nnetworks: files\nservices: files\nprotocols: files\n' >"$root/etc/nsswitch.conf"
	{
		echo "Applicant.Network base image $key"
		echo "java: $(grep '^JAVA_RUNTIME_VERSION=' "$jdk/release" | cut -d= -f2 | tr -d '"') (jlink: $modules)"
		echo "$versions"
	} >"$root/etc/base-image.txt"
	chmod 1777 "$root/tmp"
	chmod 0700 "$root/root" "$root/home/nonroot"
	chmod -R u+rwX,go+rX,go-w "$root/opt/java"

	# (d) one layer, byte for byte reproducible: sorted, fixed owners and times; the home of
	# the non-root user is owned by it
	layer="$work/layer.tar"
	tar --create --file "$layer" --directory "$root" --sort=name --format=gnu --numeric-owner \
		--owner=0 --group=0 --mtime=@0 --exclude=./home/nonroot ./
	tar --append --file "$layer" --directory "$root" --format=gnu --numeric-owner \
		--owner=$uid --group=$uid --mtime=@0 ./home/nonroot
	diff_id="sha256:$(sha256sum "$layer" | cut -d' ' -f1)"
	gzip -n -6 "$layer"
	layer_digest="$(sha256sum "$layer.gz" | cut -d' ' -f1)"

	image="$work/image"
	mkdir -p "$image"
	mv "$layer.gz" "$image/$layer_digest.tar.gz"
	cat >"$image/config.json" <<JSON
{"architecture":"$oci_arch","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"$uid:$uid","WorkingDir":"/home/nonroot",
  "Env":["PATH=/opt/java/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8","TZ=UTC"],
  "Labels":{"org.opencontainers.image.title":"applicant-gpt-base","org.opencontainers.image.description":"distroless-style glibc base with a jlink'd Java runtime"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"images/base/build-base-image.sh $key"}]}
JSON
	config_digest="$(sha256sum "$image/config.json" | cut -d' ' -f1)"
	mv "$image/config.json" "$image/$config_digest.json"
	printf '[{"Config":"%s.json","RepoTags":["applicant-network/base:%s"],"Layers":["%s.tar.gz"]}]\n' \
		"$config_digest" "$key" "$layer_digest" >"$image/manifest.json"
	tar --create --file "$work/base-image.tar" --directory "$image" --sort=name --format=gnu \
		--numeric-owner --owner=0 --group=0 --mtime=@0 manifest.json "$config_digest.json" "$layer_digest.tar.gz"
	mv "$work/base-image.tar" "$cached.partial"
	mv "$cached.partial" "$cached"
	# keep the cache small: only the newest few base images
	ls -1t "$cache_dir"/base-image-*.tar 2>/dev/null | tail -n +4 | xargs -r rm -f
fi

cp "$cached" "$output.partial"
mv "$output.partial" "$output"
echo "$key" >"$output.key"
echo "Base image $key -> $output ($(du -h "$output" | cut -f1))"
