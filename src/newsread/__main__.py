from newsread.cli import main

main()
