# Sourced by the screenshot scripts: a private X display of the given size, fresh settings and data folders, and
# the window helpers they share. Needs $display and $out set; sets $work, $pids and the cleanup trap.
# Usage: start_screen 1920x1080
start_screen() {
    work=$(mktemp -d)
    pids=()
    trap cleanup EXIT
    Xvfb "$display" -screen 0 "$1x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    export DISPLAY=$display
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    # Fresh settings and data folders: no remembered terminal, window size or demo sales from earlier runs.
    export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_LOGGING_RULES='*.debug=false;*.info=false'
}
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
window_id() { xdotool search --sync --name "$1" | head -1; }
origin() { xdotool getwindowgeometry --shell "$1" | sed -n 's/^\(X\|Y\)=//p' | paste -sd' '; }
# Clicks at (x, y) inside window $1: with no window manager, the click is what gives it the keyboard.
click_in() {
    local id=$1 x=$2 y=$3 ox oy
    read -r ox oy <<<"$(origin "$id")"
    xdotool mousemove --sync $((ox + x)) $((oy + y)) click 1
    sleep 0.3
}
shot() { sleep "${3:-0.6}"; import -window "$1" "$out/$2"; echo "wrote $out/$2"; }
