"""Clients' baskets and orders: from an utterance to a confirmed, submitted order."""
