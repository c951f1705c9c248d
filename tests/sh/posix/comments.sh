# a comment
echo a # trailing comment
echo b#not-a-comment
echo '#quoted' \#escaped
	# indented comment
echo c
