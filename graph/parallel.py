"""Where articles are parsed: in this process, in a pool of worker processes, or on a Dask cluster."""

import concurrent.futures
import ctypes
import multiprocessing
import os
import re
import signal
import sys
import threading
import time

from .errors import ClusterError

__all__ = ["Runner", "usable_cpus", "dask_address", "worker_count"]

_REMOTE = re.compile(r"(tcp|tls|ucx|ws|wss)://[^\s/]+:\d+")
_LOCAL = re.compile(r"local:(\d+)")


def usable_cpus():
    """Return the number of cores this process may run on (its CPU affinity, else ``os.cpu_count()``)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(jobs, tasks=None):
    """Return how many worker processes to start: `jobs`, at most the usable cores and the tasks there are.

    A process per core is as fast as it gets (each parses on one core); more only costs
    memory (a model each, about 200 MB) and fork time.

    Examples
    --------
    >>> worker_count(1000) == usable_cpus(), worker_count(8, tasks=1)
    (True, 1)
    """
    return max(1, min(jobs, usable_cpus(), tasks if tasks is not None else jobs))


_PR_SET_PDEATHSIG = 1


def _exit_with_parent(parent):
    """Worker initializer: end this process when the process that started it ends (it is then of no use).

    On Linux the kernel sends SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere, or if that fails, a thread checks every half second that the parent is
    still this process's parent. Without this a ``kill -9`` of a build leaves its
    workers waiting, holding memory and the terminal's stderr.
    """
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="actorgraph-parent-watch").start()


def dask_address(value):
    """Check a ``--dask`` address: ``tcp://HOST:PORT`` (a running scheduler) or ``local:N`` (N local workers).

    Returns `value`; raises `ClusterError` with the accepted forms otherwise.

    Examples
    --------
    >>> dask_address("tcp://10.0.0.5:8786"), dask_address("local:2")
    ('tcp://10.0.0.5:8786', 'local:2')
    >>> dask_address("10.0.0.5")
    Traceback (most recent call last):
    ...
    actorgraph.errors.ClusterError: '10.0.0.5' is not a Dask address; use tcp://HOST:PORT (a scheduler) or local:N (N local workers)
    """
    local = _LOCAL.fullmatch(value)
    if _REMOTE.fullmatch(value) or (local and int(local.group(1)) >= 1):
        return value
    raise ClusterError(
        f"{value!r} is not a Dask address; use tcp://HOST:PORT (a scheduler) or local:N (N local workers)"
    )


class Runner:
    """Runs extraction tasks ``fn(items)`` and gives back futures: in this process, a process pool or Dask.

    Parameters
    ----------
    fn : callable
        A module-level function (workers import it by name), ``fn(items) -> results``.
    jobs : int
        Processes to use when `dask` is None, at most the usable cores (`worker_count`);
        1 runs every task in this process. The pool starts with the first task that is
        not the last one (`submit`'s ``last``): a build with a single task of work never
        pays for it. Workers end when this process ends, even by ``kill -9``.
    dask : str, optional
        A `dask_address`; tasks go to that cluster's workers.

    `window` is how many tasks may be in flight at once; use as a context manager.
    """

    def __init__(self, fn, *, jobs=1, dask=None):
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.fn, self.jobs = fn, worker_count(jobs)
        self.executor, self._closers = None, []
        self.window = 1
        if dask is not None:
            self._start_dask(dask_address(dask))

    def submit(self, items, *, last=False):
        """Return a `concurrent.futures.Future` of ``fn(items)``."""
        if self.executor is None and self.jobs > 1 and not last:
            self._start_pool()
        if self.executor is None:
            future = concurrent.futures.Future()
            try:
                future.set_result(self.fn(items))
            except Exception as e:
                future.set_exception(e)
            return future
        return self.executor.submit(self.fn, items)

    def _start_pool(self):
        # fork: the workers start with the modules this process has imported (and a model it has loaded,
        # but it loads none for them: this process holds the corpus's Extractions, the workers a model
        # each); spawn elsewhere.
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        self.executor = concurrent.futures.ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
        )
        self._closers.append(lambda: self.executor.shutdown(wait=True, cancel_futures=True))
        self.window = 2 * self.jobs

    def _start_dask(self, address):
        try:
            import distributed
        except ImportError:
            raise ClusterError(
                "--dask needs Dask distributed; install it with: pip install 'actorgraph[dask]'"
            ) from None
        try:
            if address.startswith("local:"):
                cluster = distributed.LocalCluster(
                    n_workers=int(address[6:]), threads_per_worker=1, processes=True, dashboard_address=None
                )
                self._closers.append(cluster.close)
                client = distributed.Client(cluster)
            else:
                client = distributed.Client(address)
        except (OSError, TimeoutError) as e:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        self._closers.append(client.close)
        self.executor = client.get_executor(pure=False)
        self.window = 2 * max(1, sum(client.nthreads().values()))

    def close(self):
        while self._closers:
            self._closers.pop()()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
