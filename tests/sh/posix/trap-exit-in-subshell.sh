(trap 'echo sub-exit' EXIT; echo in-sub)
trap 'echo main-exit' EXIT
(echo sub-does-not-inherit)
echo end
