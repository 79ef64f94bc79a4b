"""The tablet web app for clients and staff: static HTML, CSS and JavaScript modules."""
