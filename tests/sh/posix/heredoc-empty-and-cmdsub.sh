cat <<EOF
EOF
echo "[$(cat <<X
inner
X
)]"
