"""Generator of the corpus and the example inbox: mail shapes, gazetteer look-ups, and the cases."""
