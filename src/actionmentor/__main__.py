from actionmentor.cli import main

raise SystemExit(main())
