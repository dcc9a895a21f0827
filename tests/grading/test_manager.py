"""The jupyter_client behaviour that ``manager`` relies on, pinned so that a change fails here."""

from __future__ import annotations

import inspect
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning.local_provisioner import LocalProvisioner

from pmcourse._grading import manager


def test_the_overridden_wait_is_still_the_one_a_kill_waits_on() -> None:
    # manager overrides AsyncKernelManager._async_wait (jupyter_client 8.x) so that a
    # forked kernel's pidfd ends the wait; the kill must still go through it.
    params = list(inspect.signature(AsyncKernelManager._async_wait).parameters)
    assert params == ["self", "pollinterval"]
    assert "self._async_wait(" in inspect.getsource(AsyncKernelManager._async_kill_kernel)


def test_a_provisioner_set_before_start_is_the_one_used() -> None:
    # ForkProvisioner replaces LocalProvisioner.launch_kernel (public API) and is
    # installed on the manager before start: pre-start must keep it.
    source = inspect.getsource(AsyncKernelManager._async_pre_start_kernel)
    assert "if self.provisioner is None" in source
    assert inspect.iscoroutinefunction(LocalProvisioner.launch_kernel)
    assert "launch_kernel" in inspect.getsource(AsyncKernelManager._async_launch_kernel)


def test_start_and_stop_live_in_one_module_used_by_both_launches() -> None:
    from pmcourse._grading import runner, warm

    for module in (runner, warm):
        source = inspect.getsource(module)
        assert "start_kernel(" in source
        assert "stop_kernel(" in source
        assert "AsyncKernelManager" not in source
    assert "from .runner" not in inspect.getsource(warm)
    assert callable(manager.start_kernel)


def test_no_message_larger_than_the_output_cap_reaches_the_grader(tmp_path: Path) -> None:
    import zmq

    from pmcourse._grading.kernel import KernelPlan
    from pmcourse._grading.limits import RunLimits

    plan = KernelPlan(tmp_path, tmp_path, tmp_path / "k.json", tmp_path / "k", tmp_path / "r", None)
    km = manager._kernel_manager(plan, RunLimits(max_output=3 * 2**20), None)
    assert km.context.sockopts[zmq.MAXMSGSIZE] == 3 * 2**20 + manager.MESSAGE_SLACK
    socket = km.context.socket(zmq.SUB)
    assert socket.getsockopt(zmq.MAXMSGSIZE) == 3 * 2**20 + manager.MESSAGE_SLACK
    socket.close()
    km.context.destroy(linger=0)
