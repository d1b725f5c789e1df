import ParleyCommands

Parley.main()
