"""Drives the C# kernel with jupyter_client (Debian python3-jupyter-client) and checks its replies.

usage: kernel_client_checks.py KERNEL_NAME wrong-signature MARKER_FILE KERNEL_LOG
       kernel_client_checks.py KERNEL_NAME protocol KERNEL_LOG
Jupyter paths (JUPYTER_PATH etc.) come from the environment. Prints OK and exits 0 when every check passes;
otherwise prints the failed check and exits 1.
"""
import queue
import signal
import sys
import time

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

TIMEOUT = 60


def start(kernel_name, log_path):
    # The kernel inherits SIGINT as ignored, as it does when a front end was started in the background by a script;
    # the SIGINT check below then proves the kernel still takes the signal as an interrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    manager = KernelManager(kernel_name=kernel_name)
    log = open(log_path, "w")
    manager.start_kernel(stderr=log)
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    return manager, client, log


def reply_to(client, msg_id, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        reply = client.get_shell_msg(timeout=deadline - time.time())
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
    raise AssertionError(f"no reply to {msg_id}")


def iopub_until_idle(client, msg_id):
    messages = []
    while True:
        message = client.get_iopub_msg(timeout=TIMEOUT)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(message)
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return messages


SPINNING = 'Console.WriteLine("spinning");\nwhile (true) { }'


def wait_for_stream(client, msg_id):
    """Returns once the cell has printed, i.e. it is running (not queued or compiling)."""
    while True:
        message = client.get_iopub_msg(timeout=TIMEOUT)
        if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "stream":
            return


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def wrong_signature(client, manager, marker, log_path):
    forged = Session(key=b"not-the-kernel-key", username="intruder")
    code = 'System.IO.File.WriteAllText(@"%s", "executed");' % marker
    message = forged.msg("execute_request", content={
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True})
    forged.send(client.shell_channel.socket, message)
    deadline = time.time() + 3
    while time.time() < deadline:
        try:
            reply = client.get_shell_msg(timeout=max(0.1, deadline - time.time()))
        except queue.Empty:
            break
        check(reply["parent_header"].get("msg_id") != message["header"]["msg_id"],
              f"kernel replied to a forged message: {reply['msg_type']}")
    import os
    check(not os.path.exists(marker), "forged execute_request was executed")
    msg_id = client.execute("1 + 1")
    reply = reply_to(client, msg_id)
    check(reply["content"]["status"] == "ok", f"signed request failed: {reply['content']}")
    check(reply["content"]["execution_count"] == 1, f"forged request was counted: execution_count {reply['content']['execution_count']}")
    manager.shutdown_kernel(now=False)
    with open(log_path) as log:
        check("invalid HMAC signature" in log.read(), "the dropped message was not logged")


def protocol(client, manager):
    msg_id = client.kernel_info()
    info = reply_to(client, msg_id)["content"]
    check(info["protocol_version"] == "5.3", f"protocol_version {info['protocol_version']}")
    check(info["language_info"]["name"] == "C#", f"language {info['language_info']}")

    for code, expected in [("var x = 1;", "complete"), ("if (true) {", "incomplete"), ("var = ;", "invalid")]:
        status = reply_to(client, client.is_complete(code))["content"]["status"]
        check(status == expected, f"is_complete({code!r}) = {status}, expected {expected}")

    msg_id = client.execute('var numbers = new List<int> { 4, 5 };\nConsole.WriteLine("printed");\ndisplay(numbers);\nnumbers.Count')
    reply = reply_to(client, msg_id)["content"]
    check(reply["status"] == "ok" and reply["execution_count"] == 1, f"execute reply {reply}")
    kinds = [m["msg_type"] for m in iopub_until_idle(client, msg_id)]
    check(kinds[:3] == ["status", "execute_input", "stream"], f"iopub order {kinds}")
    check("display_data" in kinds and "execute_result" in kinds, f"iopub kinds {kinds}")

    code = "numbers.Ad"
    completion = reply_to(client, client.complete(code, len(code)))["content"]
    check("Add" in completion["matches"] and completion["cursor_start"] == len("numbers."), f"member completion {completion}")
    completion = reply_to(client, client.complete("numb", 4))["content"]
    check("numbers" in completion["matches"], f"variable completion {completion}")

    inspection = reply_to(client, client.inspect("numbers", 3))["content"]
    check(inspection["found"] and "List<int>" in inspection["data"]["text/plain"], f"inspect {inspection}")

    history = reply_to(client, client.history(hist_access_type="tail", n=10))["content"]["history"]
    check(any("var numbers" in entry[2] for entry in history), f"history {history}")

    comms = reply_to(client, client.comm_info())["content"]
    check(comms["status"] == "ok" and comms["comms"] == {}, f"comm_info {comms}")

    msg_id = client.execute(SPINNING)
    wait_for_stream(client, msg_id)
    manager.interrupt_kernel()
    reply = reply_to(client, msg_id, timeout=30)["content"]
    check(reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt", f"interrupted reply {reply}")

    msg_id = client.execute(SPINNING)
    wait_for_stream(client, msg_id)
    manager.signal_kernel(signal.SIGINT)
    reply = reply_to(client, msg_id, timeout=30)["content"]
    check(reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt", f"SIGINT reply {reply}")

    msg_id = client.execute("numbers.Sum()")
    reply = reply_to(client, msg_id)["content"]
    check(reply["status"] == "ok", f"after interrupt {reply}")
    results = [m for m in iopub_until_idle(client, msg_id) if m["msg_type"] == "execute_result"]
    check(results and results[0]["content"]["data"]["text/plain"] == "9", f"result after interrupt {results}")

    manager.restart_kernel(now=False)
    client.wait_for_ready(timeout=TIMEOUT)
    msg_id = client.execute("var fresh = 1;")
    reply = reply_to(client, msg_id)["content"]
    check(reply["status"] == "ok" and reply["execution_count"] == 1, f"after restart {reply}")

    manager.shutdown_kernel(now=False)
    check(not manager.is_alive(), "kernel still alive after shutdown")


def main():
    kernel_name, mode = sys.argv[1], sys.argv[2]
    log_path = sys.argv[-1]
    manager, client, log = start(kernel_name, log_path)
    try:
        if mode == "wrong-signature":
            wrong_signature(client, manager, sys.argv[3], log_path)
        else:
            protocol(client, manager)
        print("OK")
        return 0
    except AssertionError as failure:
        print(f"FAILED: {failure}")
        return 1
    finally:
        client.stop_channels()
        if manager.is_alive():
            manager.shutdown_kernel(now=True)
        log.close()


if __name__ == "__main__":
    sys.exit(main())
