from iia_help.cli import main

raise SystemExit(main())
