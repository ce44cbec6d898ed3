# The options scripts/screenshots.sh and scripts/screenshots-class.sh share; sourced by them.
#
#   screen_options "$@"   reads [--release] [--size WxH] [--largest] [--lang CODE] [OUT_DIR]
#                         into $profile (debug or release), $size, $largest (yes or no), $lang
#                         (fr, nl, de, en; empty: the system's) and $out_dir (empty when not
#                         given)
#   screen_settings DIR   the settings the screenshots start with, in the data folder DIR

screen_options() {
    profile=debug
    size=1280x800
    largest=no
    lang=
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --release) profile=release; shift ;;
            --size) size=$2; shift 2 ;;
            --largest) largest=yes; shift ;;
            --lang) lang=$2; shift 2 ;;
            *) break ;;
        esac
    done
    out_dir=${1:-}
}

screen_settings() {
    if [[ $largest == yes ]]; then
        echo '{"text_size": "Larger", "high_contrast": true}' > "$1/settings.json"
    fi
}
