"""A catalog product, as in the grocer feeds and ../shared/data/catalog_*.jsonl."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

CatalogUnit = Literal["g", "kg", "ml", "cl", "dl", "l", "st"]


class Product(BaseModel):
    """`size: null, unit: "kg"` means sold by weight at `price_sek` per kg."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=300)
    brand: str | None = None
    size: float | None = Field(None, gt=0)
    unit: CatalogUnit | None = None
    price_sek: float = Field(ge=0)
    category: str = ""
    ean: str | None = None
    available: bool = True
    image_url: str | None = None
    tags: list[str] = Field(default_factory=list)

    @field_validator("id", "name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @field_validator("brand", "ean", "image_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("category", mode="before")
    @classmethod
    def _none_is_blank(cls, value: object) -> object:
        return "" if value is None else value

    @property
    def sold_by_weight(self) -> bool:
        return self.size is None and self.unit == "kg"

    def public(self) -> dict[str, object]:
        """The fields API responses show for a product."""
        return {"id": self.id, "name": self.name, "brand": self.brand, "size": self.size,
                "unit": self.unit, "price_sek": self.price_sek, "category": self.category,
                "available": self.available}
