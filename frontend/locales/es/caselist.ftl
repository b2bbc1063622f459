# Las herramientas de la lista de casos: búsqueda, filtros, acciones en bloque y la exportación a CSV.

caselist-search = Buscar
caselist-search-hint = Busque por referencia del caso (KJ-…) o por nombre del proveedor. Lo que escribieron los trabajadores está sellado, así que no se puede buscar en el texto de una denuncia.
caselist-nobody = Nadie (sin asignar)
caselist-other-organisation = alguien de otra organización
caselist-csv = Descargar esta lista como hoja de cálculo (CSV)
caselist-choose = Elegir
caselist-bulk = Con los casos elegidos
caselist-bulk-hint = Marque los casos de arriba y luego asígnelos o ciérrelos con una misma resolución (como máximo 200 a la vez). Cada caso se comprueba como si lo cambiara en su propia página; al cerrar, cada denunciante recibe el mensaje de cierre habitual.
caselist-bulk-assign = Asignar los casos elegidos
caselist-bulk-close = Cerrar los casos elegidos
caselist-bulk-assigned = { $count ->
    [one] Se asignó { $count } caso.
   *[other] Se asignaron { $count } casos.
}
caselist-bulk-closed = { $count ->
    [one] Se cerró { $count } caso.
   *[other] Se cerraron { $count } casos.
}
caselist-bulk-refused = Estos casos no se cambiaron:
caselist-cases = Casos
code-action-cases-exported = descargó la lista de casos como hoja de cálculo
