"""mgbone: models, maps and exports of how Mg2+ from biodegradable implants promotes bone formation."""

# python-libsedml carries its own SWIG copy of libsbml's XML classes. Imported after python-libsbml it
# breaks libsbml's type casts (Model.getListOfAllElements() then hangs or yields None; seen with
# python-libsbml 5.21.2 and python-libsedml 2.0.34); imported first, both work. Every entry point
# imports this package before libsbml, so load libsedml here.
import libsedml  # noqa: F401  (import order matters, see above)

__version__ = "0.5.0"
