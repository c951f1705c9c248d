x=$(cat <<EOT
in heredoc
EOT
)
echo "$x"
