#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for tests and trying the job-array script: munged, slurmctld and
# slurmd run with their key, configuration, state, sockets and logs in DIR and listen on 127.0.0.1 only.
#
#   local-cluster.sh start DIR   prints SLURM_CONF=DIR/slurm.conf once the node accepts jobs; exit 3 (reason on
#                                stderr) where Slurm cannot start here: not root, Slurm or munge not installed
#   local-cluster.sh stop DIR    stops the daemons started in DIR (by the process ids they recorded there)
#
# Needs Debian's slurm-wlm and munge (environment/setup.sh installs them). Runs as root: slurmd starts each job as
# the user who submitted it.
set -euo pipefail
usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$(realpath -m "$2")

stop() {
  for daemon in slurmd slurmctld munged; do
    pidfile="$dir/run/$daemon.pid"
    [ -s "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$pidfile"
  done
}

unavailable() { echo "local-cluster: $*" >&2; exit 3; }

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() {
  [ "$(id -u)" -eq 0 ] || unavailable "Slurm's daemons must run as root here (slurmd starts jobs as their submitting user)"
  for tool in munged slurmctld slurmd sbatch sinfo; do
    command -v "$tool" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin command -v "$tool" >/dev/null 2>&1 \
      || unavailable "'$tool' is not installed (apt-get install slurm-wlm munge, or bash environment/setup.sh)"
  done
  export PATH=$PATH:/usr/sbin
  mkdir -p "$dir"/{run,state,spool,log}
  chmod 700 "$dir" "$dir/run"

  # A key of our own, so the test never depends on (or touches) the machine's /etc/munge.
  head -c 1024 /dev/urandom > "$dir/run/munge.key"
  chmod 400 "$dir/run/munge.key"
  munged --force --key-file "$dir/run/munge.key" --socket "$dir/run/munge.socket" --pid-file "$dir/run/munged.pid" \
    --log-file "$dir/log/munged.log" --seed-file "$dir/run/munged.seed" \
    || unavailable "munged did not start: $(tail -n 3 "$dir/log/munged.log" 2>/dev/null)"

  host=$(hostname -s)
  cpus=$(nproc)
  cat > "$dir/slurm.conf" <<CONF
ClusterName=dlrlocal
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
AuthInfo=socket=$dir/run/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 NodeHostname=$host CPUs=$cpus State=UNKNOWN
PartitionName=local Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF=$dir/slurm.conf
  slurmctld -f "$SLURM_CONF" -i || { stop; unavailable "slurmctld did not start: $(tail -n 5 "$dir/log/slurmctld.log" 2>/dev/null)"; }
  slurmd -f "$SLURM_CONF" || { stop; unavailable "slurmd did not start: $(tail -n 5 "$dir/log/slurmd.log" 2>/dev/null)"; }
  for _ in $(seq 150); do
    state=$(sinfo -h -o %T 2>/dev/null || true)
    if [ "$state" = "idle" ]; then echo "SLURM_CONF=$SLURM_CONF"; return 0; fi
    sleep 0.2
  done
  stop
  unavailable "the node did not become idle within 30 s (state '${state:-none}'): $(tail -n 5 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" 2>/dev/null)"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
