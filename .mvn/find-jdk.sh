# Sourced by mvnw, run.sh and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Keeps a JAVA_HOME that is already good enough; otherwise looks at the java on
# PATH and then at every JDK in the usual install folders, newest first.
# POSIX sh, so that mvnw (which runs under /bin/sh) can source it too.

_an_java_major() {
  # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

_an_jdk_ok() {
  _an_v=$(_an_java_major "$1")
  [ -n "$_an_v" ] && [ "$_an_v" -ge 21 ]
}

an_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && _an_jdk_ok "$JAVA_HOME"; then
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    _an_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if _an_jdk_ok "$_an_home"; then
      JAVA_HOME=$_an_home; export JAVA_HOME; return 0
    fi
  fi
  # callers such as mvnw run with globbing off (set -f), so list the folders with find
  for _an_home in $(find /usr/lib/jvm /usr/java /opt/java /opt "$HOME/.sdkman/candidates/java" -mindepth 1 -maxdepth 1 \
      \( -type d -o -type l \) 2>/dev/null | sort -rV); do
    [ -L "$_an_home" ] && continue
    if _an_jdk_ok "$_an_home"; then
      JAVA_HOME=$_an_home; export JAVA_HOME; return 0
    fi
  done
  echo "No JDK 21 or newer found. Install one (for example Debian's openjdk-21-jdk) or set JAVA_HOME to it." >&2
  return 1
}
