// Builders of fill data for the seed invoice structure (factura_mensual 1.x): what a partner
// writes from the structure's declared (upper-case) fields, and the 1,000-product invoice of the
// benchmark.

export function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', EMAIL: 'juan.perez@example.com', ADDRESS: { CITY: 'Madrid' } },
    CONTRACT_DATE: '2025-11-18T09:35:00Z',
    PRODUCTS: [
      { NAME: 'Fibra 1Gb', PRICE: 20, QUANTITY: 1 },
      { NAME: 'Móvil Ilimitado', PRICE: 15 },
    ],
    TOTAL_AMOUNT: 35,
    HAS_DISCOUNT: false,
    PAYMENT_METHOD: 'card',
    CARD_LAST_DIGITS: '4242',
    ...overrides,
  };
}

/** A valid invoice for factura_mensual 1.x with `n` products (the seed's defects satisfied). */
export function bigInvoice(n = 1000): Record<string, unknown> {
  const products = Array.from({ length: n }, (_, i) => ({ NAME: `Producto ${i + 1}`, PRICE: 10 + (i % 50), QUANTITY: 1 + (i % 3) }));
  const total = products.reduce((sum, p) => sum + p.PRICE * p.QUANTITY, 0);
  return invoice({ CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', dni: '12345678Z', name: 'Juan Pérez', EMAIL: 'juan.perez@example.com' }, PRODUCTS: products, TOTAL_AMOUNT: total });
}
