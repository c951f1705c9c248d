set -e
(exit 0)
(set +e; false; echo sub-continues)
echo end
