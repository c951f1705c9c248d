# cd -L keeps exactly two leading slashes (XCU cd, step 8: only trailing
# slashes, runs of non-leading slashes and three or more leading slashes may
# be simplified; a leading // is implementation-defined in pathname
# resolution and must be kept), and PWD / pwd report it.
cd //
pwd
echo "$PWD"
cd //tmp
pwd
cd ////tmp
pwd
