from edclaims.cli.app import main

main()
