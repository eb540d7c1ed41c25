"""Resources: where the warehouse lives and which sources feed it."""

from pathlib import Path

import dagster as dg

from pipeline.sources import Source, load_sources
from pipeline.warehouse import PROJECT_ROOT, Warehouse


class TradeDealsWarehouse(dg.ConfigurableResource):
    """The pipeline's private DuckDB warehouse and its release folder.

    Relative paths are taken from the project root, so `dagster dev` and the
    `tradedeals` command agree whatever folder they are started from.
    """

    warehouse_dir: str = "warehouse"
    sources_file: str = "sources.yaml"
    expectations_dir: str = "expectations"

    def _resolve(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else PROJECT_ROOT / path

    def warehouse(self) -> Warehouse:
        return Warehouse(self._resolve(self.warehouse_dir))

    def expectations(self) -> Path:
        return self._resolve(self.expectations_dir)

    def sources(self) -> list[Source]:
        return load_sources(self._resolve(self.sources_file))
