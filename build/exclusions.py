"""The modules the packaged build leaves out, and why; read by build/sbs-desktop.spec.

Kept apart from the spec so that tests/packaging can run the program from source with
exactly these modules blocked: an exclusion that some code path still needs fails there,
before any bundle is built.
"""

EXCLUDED_MODULES: list[str] = [
    # Qt modules the program does not use (PySide6-Essentials already omits WebEngine,
    # 3D, Multimedia, Charts and DataVisualization; these guard against the full PySide6).
    *(f"PySide6.{module}" for module in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
        "QtQmlFeatures", "QtLabsStyleKit", "QtSql", "QtTest", "QtDesigner", "QtHelp",
        "QtUiTools", "QtXml", "QtConcurrent", "QtDBus", "QtOpenGL", "QtOpenGLWidgets",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
        "QtWebSockets", "Qt3DCore", "Qt3DRender", "QtMultimedia", "QtMultimediaWidgets",
        "QtCharts", "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets",
        "QtPositioning", "QtLocation", "QtBluetooth", "QtNfc", "QtSerialPort",
        "QtRemoteObjects", "QtScxml", "QtSensors", "QtSpatialAudio", "QtTextToSpeech",
        "QtHttpServer", "QtStateMachine", "QtVirtualKeyboard")),
    # Other GUI toolkits that matplotlib and pandas probe for.
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "wx", "gi", "cairo",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg",
    # Development and notebook tools present in the venv, never used by the program.
    "IPython", "ipykernel", "jupyter_client", "notebook", "pytest", "_pytest", "pytestqt",
    "hypothesis", "ruff", "PyInstaller", "pip", "setuptools", "pkg_resources",
    "_distutils_hack", "pygments", "docutils", "sphinx", "lib2to3", "pydoc_data",
    "numpy.distutils",
    # Test suites and optional engines of the data stack. Not pandas._testing (pandas
    # imports it at start-up) nor numpy.f2py (scipy's `from numpy import *` loads it).
    "pandas.tests", "pandas.conftest", "pandas.io.formats.style",
    "numpy.tests", "scipy.conftest", "matplotlib.tests", "mpl_toolkits.tests",
    "pyarrow", "numba", "sqlalchemy", "openpyxl", "xlrd", "xlsxwriter", "odf",
    "tables", "bs4", "lxml", "html5lib", "jinja2", "fsspec", "s3fs", "gcsfs", "xarray",
    "dask", "sympy", "PIL.ImageTk", "PIL.ImageQt", "icalendar.tests",
    # Pillow's AVIF and WebP codecs (8 MB of libraries); charts are written as PNG, PDF, SVG.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    # matplotlib's triangulation and contouring (imported only by tricontour, contour and
    # Delaunay plots, which no chart here draws) and the interactive interpreter's line editor.
    "matplotlib._tri", "matplotlib._qhull", "contourpy", "readline",
]
