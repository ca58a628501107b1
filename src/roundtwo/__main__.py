from roundtwo.cli import main

main()
