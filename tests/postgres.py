"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder and a server listening
only on a Unix socket in that folder, stopped and removed at the end of the session.

The server binaries are found on PATH or in Debian's /usr/lib/postgresql/NN/bin (``.ci/run`` installs
them with apt-get when they are missing). PostgreSQL refuses to run as root: as root, the cluster is
created and run as the unprivileged user ``nobody``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile

SERVER_SETTINGS = (
    "-c listen_addresses='' -c unix_socket_directories={folder} -c max_connections=200 "
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"  # a throwaway cluster: speed
)


def server_binary(name: str) -> str:
    """The path of a PostgreSQL server program (``initdb``, ``pg_ctl``)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if not versions:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: install the server (apt-get install postgresql) "
            "or run .ci/run, which does"
        )
    return versions[-1]


class Cluster:
    """A PostgreSQL cluster in a temporary folder; ``database()`` creates a fresh database, its URL."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="dossier-pg-")
        self.data = os.path.join(self.folder, "data")
        self._runas: list[str] = []
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)
            self._runas = ["runuser", "-u", "nobody", "--"]
        self._numbers = itertools.count(1)
        try:
            initdb = [server_binary("initdb"), "-D", self.data, "-U", "dossier", "--auth=trust"]
            self._run(*initdb, "--no-sync", "-E", "UTF8", "--no-locale")
            settings = SERVER_SETTINGS.format(folder=self.folder)
            log = os.path.join(self.folder, "log")
            self._run(server_binary("pg_ctl"), "-D", self.data, "-w", "-l", log, "-o", settings, "start")
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self._runas, *command], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://dossier@/{database}?host={self.folder}"

    def database(self) -> str:
        """A new, empty database on the cluster: its URL."""
        import psycopg

        name = f"dossier_{next(self._numbers)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        stop = [*self._runas, server_binary("pg_ctl"), "-D", self.data, "-m", "immediate", "stop"]
        subprocess.run(stop, capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
