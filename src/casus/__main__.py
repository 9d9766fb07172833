from casus.cli import main

raise SystemExit(main())
